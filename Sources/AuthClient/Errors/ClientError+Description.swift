import AuthModel

extension ClientError: CustomStringConvertible {
    /// A sentence or two for people, without secrets: what happened and what to do.
    public var description: String {
        switch self {
        case .invalidServerURL(let url):
            "“\(url)” is not a server address. Use one like https://auth.example.com."
        case .insecureConnectionRefused(let host):
            "Refused to send your sign-in over plain http to \(host). Use https, "
                + "or --allow-insecure-http if you really trust this network."
        case .offline:
            "You seem to be offline. Check your network connection and try again."
        case .hostNotFound(let host):
            "The server \(host) could not be found. Check the address and your network connection."
        case .connectionRefused(let host):
            "The server \(host) refused the connection. It may be down; try again later."
        case .connectionFailed(let host, let message):
            "Could not connect to \(host): \(message)"
        case .connectionLost:
            "The connection to the server was lost. Try again."
        case .timedOut:
            "The server took too long to answer. Try again."
        case .tls(let message):
            "The secure connection failed: \(message). "
                + "If the server uses a private certificate authority, pass it with --ca-cert FILE."
        case .cancelled:
            "Cancelled."
        case .server(let body):
            ServerErrorWording.sentence(for: body)
        case .malformedResponse:
            "The server sent an answer this version of authterm does not understand."
        case .responseTooLarge(let limit):
            "The server sent an answer larger than \(limit / 1024) KiB; it was not read."
        case .unexpectedStatus(let status):
            "The server answered with an unexpected status (HTTP \(status)). Try again later."
        case .wrongContentType(let type):
            "The server answered with \(type ?? "no content type") instead of JSON. "
                + "Is this the right server address?"
        case .transport(let code, let message):
            "The request failed: \(message) (curl error \(code))."
        }
    }
}
