/// Runs the whole extraction stage on annotated articles and scores the figures it finds.
public enum FigureEvaluation {
    /// The tuples the pipeline states for one article: every figure mention (breakdown parts
    /// included), as `DocumentExtractor` produces them for a corpus article without metadata.
    public static func systemTuples(text: String, name: String = "article.txt") -> [FigureTuple] {
        let article = Article(file: name, text: text, metadata: SourceMetadata(file: name))
        return DocumentExtractor().extract(article).figures.map(FigureTuple.init)
    }

    /// Micro-averaged score over the documents and each document's errors, in the documents' order.
    public static func run(_ documents: [FigureEvaluationDocument]) -> (FigureScore, [FigureErrors]) {
        var total = FigureScore()
        var errors: [FigureErrors] = []
        for doc in documents {
            let (score, e) = FigureScorer.score(gold: doc.gold, system: systemTuples(text: doc.text, name: doc.name), document: doc.name)
            total = total + score
            errors.append(e)
        }
        return (total, errors)
    }
}
