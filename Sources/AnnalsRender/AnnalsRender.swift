// The renderer: see Chart/, Report/, Backend/.
public enum AnnalsRenderInfo { public static let name = "AnnalsRender" }
