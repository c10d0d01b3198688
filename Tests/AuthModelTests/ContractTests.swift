import AuthModel
import Foundation
import Testing
import Yams

/// `docs/openapi.yaml` and AuthModel describe the same API: these tests fail when they drift.
@Suite struct ContractTests {
    static var document: [String: Any] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return ((try? Yams.load(yaml: text)) as? [String: Any]) ?? [:]
    }

    static var schemas: [String: [String: Any]] {
        let components = document["components"] as? [String: Any]
        return components?["schemas"] as? [String: [String: Any]] ?? [:]
    }

    /// operationId → (method, path, operation object) as the document has them.
    static var documentedOperations: [String: (method: String, path: String, operation: [String: Any])] {
        var result: [String: (String, String, [String: Any])] = [:]
        for (path, item) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for (method, operation) in item {
                guard let operation = operation as? [String: Any], let id = operation["operationId"] as? String
                else { continue }
                result[id] = (method.uppercased(), path, operation)
            }
        }
        return result
    }

    @Test func documentIsOpenAPI31() {
        #expect(Self.document["openapi"] as? String == "3.1.0")
        let info = Self.document["info"] as? [String: Any]
        #expect(info?["version"] as? String == ProductVersion.current)
    }

    @Test func sameOperationIds() {
        #expect(Set(Self.documentedOperations.keys) == Set(APIOperation.allCases.map(\.rawValue)))
    }

    @Test(arguments: APIOperation.allCases)
    func operationMatchesDocument(_ operation: APIOperation) throws {
        let documented = try #require(Self.documentedOperations[operation.rawValue])
        #expect(documented.method == operation.method.rawValue)
        #expect(documented.path == operation.pathTemplate)

        let responses = documented.operation["responses"] as? [String: Any] ?? [:]
        let success = try #require(responses[String(operation.successStatus)] as? [String: Any],
                                   "no \(operation.successStatus) answer documented")
        #expect(Self.schemaName(in: success) == operation.responseType.map { String(describing: $0) })
        let body = documented.operation["requestBody"] as? [String: Any]
        #expect(body.flatMap(Self.schemaName(in:)) == operation.requestType.map { String(describing: $0) })

        let documentedParameters = (documented.operation["parameters"] as? [[String: Any]] ?? [])
            .compactMap { $0["name"] as? String }
        #expect(documentedParameters == operation.pathParameters)
        let isPublic = (documented.operation["security"] as? [Any])?.isEmpty == true
        #expect(isPublic == !operation.requiresSession)
    }

    @Test func everyObjectSchemaHasAType() {
        let objectSchemas = Set(Self.schemas.filter { $0.value["type"] as? String == "object" }.keys)
        #expect(objectSchemas == Set(WireSamples.all.map(\.typeName)))
    }

    @Test(arguments: WireSamples.all.map(\.typeName))
    func fieldsMatchDocument(typeName: String) throws {
        let sample = try #require(WireSamples.all.first { $0.typeName == typeName })
        let schema = try #require(Self.schemas[typeName], "\(typeName) is not in docs/openapi.yaml")
        let properties = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
        let required = Set(schema["required"] as? [String] ?? [])
        #expect(try Self.keys(of: sample.full) == properties, "fields of \(typeName)")
        #expect(try Self.keys(of: sample.minimal) == required, "required fields of \(typeName)")
    }

    @Test func enumsMatchDocument() {
        #expect(Self.enumValues("ErrorCode") == ErrorCode.allCases.map(\.rawValue))
        #expect(Self.enumValues("SignInStep") == SignInStep.allCases.map(\.rawValue))
        #expect(Self.enumValues("MethodKind") == MethodKind.allCases.map(\.rawValue))
        #expect(Self.enumValues("PasswordResetPolicy") == PasswordResetPolicy.allCases.map(\.rawValue))
        #expect(Self.enumValues("Language") == Language.allCases.map(\.rawValue))
    }

    @Test func errorStatusesMatchDocument() {
        let description = (Self.document["info"] as? [String: Any])?["description"] as? String ?? ""
        for code in ErrorCode.allCases {
            #expect(description.contains("| `\(code.rawValue)` | \(code.httpStatus) |"), "status of \(code.rawValue)")
        }
    }

    static func enumValues(_ name: String) -> [String] {
        schemas[name]?["enum"] as? [String] ?? []
    }

    static func schemaName(in object: [String: Any]) -> String? {
        let content = object["content"] as? [String: Any]
        let json = content?["application/json"] as? [String: Any]
        let reference = (json?["schema"] as? [String: Any])?["$ref"] as? String
        return reference?.components(separatedBy: "/").last
    }

    static func keys(of value: any Encodable) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: WireJSON.encode(value)) as? [String: Any]
        return Set(object?.keys ?? [:].keys)
    }
}
