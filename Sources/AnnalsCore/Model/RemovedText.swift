/// Why a stretch of an article was set aside as boilerplate rather than read as news.
public enum RemovalReason: String, Codable, Sendable, CaseIterable {
    case paywall
    case registration
    case donationAppeal = "donation-appeal"
    case newsletter
    case caption
    case credit
    case repeatedLine = "repeated-line"
    case navigation
    case byline

    /// The tool's words for the methodology section.
    public var explanation: String {
        switch self {
        case .paywall: return "paywall notice (counts of articles read, prompts to subscribe)"
        case .registration: return "registration or login prompt"
        case .donationAppeal: return "appeal for donations or support"
        case .newsletter: return "newsletter sign-up prompt"
        case .caption: return "photo caption"
        case .credit: return "photo or image credit"
        case .repeatedLine: return "line repeated verbatim (printed twice by the page)"
        case .navigation: return "site navigation or page furniture (topics, comments)"
        case .byline: return "byline or production note"
        }
    }
}

/// A stretch of the file removed before extraction, with the reason.
public struct RemovedText: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var reason: RemovalReason

    public init(start: Int, end: Int, text: String, reason: RemovalReason) {
        self.start = start
        self.end = end
        self.text = text
        self.reason = reason
    }
}
