import NIOCore

/// Tells a connection turned away why, without the cost of a key exchange: SSH's version line
/// and a disconnect message (which ssh shows: "Received disconnect from …: TEXT"), then the end of
/// output. The connection closes when the client has read it and left (its end of input closes
/// the channel), or after a few seconds.
final class ConnectionRefusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let text: String

    init(text: String) {
        self.text = text
    }

    func channelActive(context: ChannelHandlerContext) {
        var bytes = context.channel.allocator.buffer(string: "SSH-2.0-authterm-ssh\r\n")
        bytes.writeBytes(SSHPacket.disconnect(reason: 12, text))  // SSH_DISCONNECT_TOO_MANY_CONNECTIONS
        context.writeAndFlush(wrapOutboundOut(bytes)).assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
        }
        let channel = context.channel
        context.eventLoop.scheduleTask(in: .seconds(5)) { channel.close(promise: nil) }
    }

    /// Whatever the client sends is not read any further.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}

/// SSH's unencrypted binary packets (RFC 4253, section 6), as sent before any key exchange.
enum SSHPacket {
    /// SSH_MSG_DISCONNECT with a reason code and a text for the user.
    static func disconnect(reason: UInt32, _ text: String) -> [UInt8] {
        var payload: [UInt8] = [1]
        payload += bigEndian(reason)
        payload += bigEndian(UInt32(text.utf8.count)) + Array(text.utf8)
        payload += bigEndian(0)  // no language tag
        // Length, padding length, payload and padding fill whole blocks of 8, with 4 bytes of padding at least.
        let padding = 4 + (8 - (4 + 1 + payload.count + 4) % 8) % 8
        return bigEndian(UInt32(1 + payload.count + padding)) + [UInt8(padding)] + payload
            + [UInt8](repeating: 0, count: padding)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian, Array.init)
    }
}
