using CsCheck;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

/// <summary>
/// prose-table over generated consistent tables and sentences from templates: the true number gives no finding;
/// any other number gives exactly one, on the paragraph, naming the stated number and the cell's value.
/// </summary>
public sealed class ProseTablePropertyTests
{
    private static readonly (string Template, Func<Report, long> Cell)[] Templates =
    [
        ("本年度共收到政府信息公开申请{0}件，其中自然人申请若干件。", r => r.Applications.NewlyReceived.Total),
        ("全年新收政府信息公开申请{0}件。", r => r.Applications.NewlyReceived.Total),
        ("依法受理政府信息公开申请{0}件。", r => r.Applications.NewlyReceived.Total),
        ("上年结转政府信息公开申请{0}件。", r => r.Applications.CarriedOver.Total),
        ("全年办结{0}件，均在法定期限内答复。", r => r.Applications.Total.Total),
        ("全年答复政府信息公开申请{0}件。", r => r.Applications.Total.Total),
        ("结转下年度继续办理{0}件。", r => r.Applications.CarriedForward.Total),
        ("全年因政府信息公开工作被申请行政复议{0}件。", r => r.ReviewsAndLitigation.Review.Total),
        ("被提起行政诉讼{0}件。", r => r.ReviewsAndLitigation.LitigationDirect.Total + r.ReviewsAndLitigation.LitigationAfterReview.Total),
        ("行政复议案件中，结果维持{0}件。", r => r.ReviewsAndLitigation.Review.Upheld),
        ("行政复议案件中，结果纠正{0}件。", r => r.ReviewsAndLitigation.Review.Corrected),
        ("未经复议直接起诉{0}件。", r => r.ReviewsAndLitigation.LitigationDirect.Total),
        ("复议后起诉{0}件。", r => r.ReviewsAndLitigation.LitigationAfterReview.Total),
        ("全年制发行政规范性文件{0}件。", r => r.ActiveDisclosure.NormativeDocuments.Issued),
        ("本年废止行政规范性文件{0}件。", r => r.ActiveDisclosure.NormativeDocuments.Repealed),
        ("现行有效规章{0}件。", r => r.ActiveDisclosure.Regulations.InForce),
    ];

    private static readonly Gen<Report> Reports =
        Gen.Select(ConsistencyPropertyTests.ConsistentReports, Gen.Long[0, 500].Array[6])
            .Select((report, documents) => report with
            {
                ActiveDisclosure = report.ActiveDisclosure with
                {
                    Regulations = new DocumentCounts(documents[0], documents[1], documents[2]),
                    NormativeDocuments = new DocumentCounts(documents[3], documents[4], documents[5]),
                },
            });

    private static List<ValidationError> Check(Report report, string sentence) =>
        new ProseTableRule().Check(report with { Overview = [new Block(null, ["本机关依法开展依申请公开工作。" + sentence])] }, ValidationContext.None).ToList();

    [Fact]
    public void SentencesStatingTheCell_GiveNoFinding() =>
        Gen.Select(Reports, Gen.Int[0, Templates.Length - 1])
            .Sample((report, t) =>
            {
                var (template, cell) = Templates[t];
                Assert.Empty(Check(report, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, cell(report))));
            }, iter: 500);

    [Fact]
    public void SentencesStatingAnotherNumber_GiveExactlyOneFinding() =>
        Gen.Select(Reports, Gen.Int[0, Templates.Length - 1], Gen.Long[1, 1000])
            .Sample((report, t, delta) =>
            {
                var (template, cell) = Templates[t];
                var stated = cell(report) + delta;
                var findings = Check(report, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, stated));

                var finding = Assert.Single(findings);
                Assert.Equal((ErrorCodes.ProseTable, Severity.Warning, "overview[0].paragraphs[0]"), (finding.Code, finding.Severity, finding.Path));
                Assert.Contains($"{stated}件，与表格", finding.Message, StringComparison.Ordinal);
                Assert.EndsWith($"的{cell(report)}不符", finding.Message, StringComparison.Ordinal);
            }, iter: 500);
}
