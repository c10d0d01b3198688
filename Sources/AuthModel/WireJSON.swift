import FoundationEssentials

/// The JSON dialect of the API: snake_case keys, ISO 8601 dates in whole seconds (UTC).
///
/// Swift property names use camelCase without acronyms (`otpauthUri`, not `otpauthURI`)
/// so the key conversion is exact in both directions.
/// Values are written by `WireJSONEncoder`, with sorted keys; they are read by Foundation's decoder.
public enum WireJSON {
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try WireJSONEncoder().encode(value)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder().decode(type, from: data)
    }
}
