import ArgumentParser

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}
