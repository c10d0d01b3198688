import AuthModel
import Foundation
import Synchronization

/// Decodes request bodies in the wire dialect, refusing what is not a JSON object of the expected
/// fields: wrong types, missing fields and unknown fields are `malformed_request`.
enum StrictJSON {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw APIError(.malformedRequest, "The body must be a JSON object.")
        }
        let value: T
        do {
            value = try WireJSON.decode(T.self, from: data)
        } catch {
            throw APIError(.malformedRequest, "The body does not have the expected fields and types.")
        }
        let known = fields(of: value)
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw APIError(.malformedRequest, "Unknown field: \(unknown.prefix(64))")
        }
        return value
    }

    /// The wire names of the fields of a request type, worked out from its first value.
    private static let fieldsByType = Mutex<[ObjectIdentifier: Set<String>]>([:])

    private static func fields<T>(of value: T) -> Set<String> {
        if let known = fieldsByType.withLock({ $0[ObjectIdentifier(T.self)] }) { return known }
        let known = Set(Mirror(reflecting: value).children.compactMap(\.label).map(WireKey.snakeCase))
        fieldsByType.withLock { $0[ObjectIdentifier(T.self)] = known }
        return known
    }
}
