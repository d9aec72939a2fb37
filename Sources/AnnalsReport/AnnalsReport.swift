import AnnalsCore
import AnnalsRender
public enum AnnalsReportInfo { public static let name = "AnnalsReport" }
