/// The version shared by `authterm`, `authterm-server` and the API document.
public enum ProductVersion {
    public static let current = "0.1.0"
}
