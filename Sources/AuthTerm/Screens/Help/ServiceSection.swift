import TerminalUI

/// The service's notices, support line and (with `links`) links, one after another (after a
/// blank row with `leadingBlank`); nothing when the service said none.
struct ServiceSection: View {
    let lines: [(text: String, style: Style)]

    init(service: ServiceText, width: Int, leadingBlank: Bool, links: Bool = true) {
        var lines: [(String, Style)] = []
        for notice in service.notices { lines += Paragraph.wrap(notice, width: width).map { ($0, Style(.warning)) } }
        if let support = service.supportLine { lines += Paragraph.wrap(support, width: width).map { ($0, Style(.accent)) } }
        for link in links ? service.links : [] {
            lines += Paragraph.wrap("\(link.title): \(link.url)", width: width).map { ($0, Style(.link)) }
        }
        self.lines = lines.isEmpty || !leadingBlank ? lines : [("", .plain)] + lines
    }

    var height: Int { lines.count }

    func render(into buffer: inout Buffer, area: Rect) {
        for (index, line) in lines.prefix(area.height).enumerated() {
            Label(line.text, style: line.style).render(into: &buffer, area: area.row(index))
        }
    }
}
