using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;
using ReportFunctions.Core.Validation.Rules;

namespace ReportFunctions.Core.Tests.Validation.Rules;

public sealed class LateRuleTests
{
    // The valid report is signed on 2022-01-15.
    private static List<ValidationError> Check(DateOnly? deadline, DateTimeOffset? received = null, Report? report = null) =>
        new LateRule().Check(report ?? ReportBuilder.Valid().Build(), new ValidationContext(Deadline: deadline, ReceivedAt: received)).ToList();

    [Fact]
    public void Check_FindsNothing_WithoutADeadline() => Assert.Empty(Check(null));

    [Theory]
    [InlineData(2022, 1, 15)]
    [InlineData(2022, 1, 31)]
    public void Check_FindsNothing_OnOrBeforeTheDeadline(int year, int month, int day) => Assert.Empty(Check(new DateOnly(year, month, day)));

    [Fact]
    public void Check_WarnsWithTheDaysLate_WhenSignedAfterTheDeadline()
    {
        var finding = Assert.Single(Check(new DateOnly(2022, 1, 10)));
        Assert.Equal((ErrorCodes.Late, Severity.Warning, "signature.date"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal("署名日期2022年1月15日晚于本机关2021年度报告的报送期限2022年1月10日，逾期5天", finding.Message);
    }

    [Fact]
    public void Check_UsesTheReceiptDateInChinaStandardTime_WhenTheReportHasNoSignatureDate()
    {
        var undated = ReportBuilder.Valid().With(r => r with { Signature = r.Signature with { Date = default } }).Build();
        // 2022-01-31 17:00 UTC is 2022-02-01 01:00 in Beijing: one day late.
        var finding = Assert.Single(Check(new DateOnly(2022, 1, 31), new DateTimeOffset(2022, 1, 31, 17, 0, 0, TimeSpan.Zero), undated));
        Assert.Equal("收到日期2022年2月1日晚于本机关2021年度报告的报送期限2022年1月31日，逾期1天", finding.Message);
    }
}
