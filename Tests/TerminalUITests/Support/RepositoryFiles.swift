import Foundation
import TestSupport

/// Files of the source tree the theme tests read.
enum RepositoryFiles {
    static let root = BuiltProducts.root
    static let themes = root.appendingPathComponent("Themes")
}
