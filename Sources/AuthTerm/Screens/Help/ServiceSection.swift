import TerminalUI

/// The service's own words, those of `parts` it has, one after another (after a blank row with
/// `leadingBlank`); nothing when the service said none of them.
struct ServiceSection: View {
    enum Part { case notices, support, links }

    let lines: [(text: String, style: Style)]

    init(service: ServiceText, parts: Set<Part>, width: Int, leadingBlank: Bool) {
        var lines: [(String, Style)] = []
        func add(_ text: String, _ style: Style) {
            lines += Paragraph.wrap(text, width: width).map { ($0, style) }
        }
        if parts.contains(.notices) { service.notices.forEach { add($0, Style(.warning)) } }
        if parts.contains(.support), let support = service.supportLine { add(support, Style(.accent)) }
        if parts.contains(.links) {
            service.links.forEach { add(service.text(.linkLine, ["title": $0.title, "url": $0.url]), Style(.link)) }
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
