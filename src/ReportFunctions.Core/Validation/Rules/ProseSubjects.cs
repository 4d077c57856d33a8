namespace ReportFunctions.Core.Validation.Rules;

/// <summary>What the clauses of a sentence are about so far, for numbers whose clause does not say ("其中结果维持3件").</summary>
internal readonly record struct ProseSubjects(ProseSubject Outcome, ProseSubject Documents)
{
    public bool Has(ProseSubject subject) => Outcome == subject || Documents == subject;

    /// <summary>The subjects after reading <paramref name="clause"/>: a clause naming one sets it; naming both documents kinds clears it.</summary>
    public ProseSubjects After(string clause)
    {
        var outcome = Outcome;
        if (clause.Contains("直接起诉", StringComparison.Ordinal) || clause.Contains("直接提起", StringComparison.Ordinal))
            outcome = ProseSubject.LitigationDirect;
        else if (clause.Contains("复议后", StringComparison.Ordinal))
            outcome = ProseSubject.LitigationAfterReview;
        else if (clause.Contains("诉讼", StringComparison.Ordinal) || clause.Contains("起诉", StringComparison.Ordinal))
            outcome = ProseSubject.Litigation;
        else if (clause.Contains("复议", StringComparison.Ordinal))
            outcome = ProseSubject.Review;

        var documents = Documents;
        var regulations = clause.Contains("规章", StringComparison.Ordinal);
        var normative = clause.Contains("规范性文件", StringComparison.Ordinal);
        if (regulations && normative)
            documents = ProseSubject.None;
        else if (regulations)
            documents = ProseSubject.Regulations;
        else if (normative)
            documents = ProseSubject.NormativeDocuments;
        return new(outcome, documents);
    }
}

/// <summary>What a clause of prose is about.</summary>
internal enum ProseSubject
{
    None,
    Review,
    Litigation,
    LitigationDirect,
    LitigationAfterReview,
    Regulations,
    NormativeDocuments,
}
