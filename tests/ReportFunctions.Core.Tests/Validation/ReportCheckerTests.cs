using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Tests.Validation;

/// <summary>The one entry point of the app and the CLI: it finds last year's report itself and passes the caller's deadline on.</summary>
public sealed class ReportCheckerTests
{
    /// <summary>An in-memory published store holding the county's 2023 report as version 2.</summary>
    private sealed class Published : IPreviousReports
    {
        public List<(string Id, int Year)> Asked { get; } = [];

        public Task<PreviousReport?> FindAsync(string organizationId, int year, CancellationToken cancellationToken)
        {
            Asked.Add((organizationId, year));
            var found = organizationId == SampleVariants.County2023.Organization.Id && year == 2023
                ? new PreviousReport(SampleVariants.County2023, "2023年度报告第2版")
                : null;
            return Task.FromResult(found);
        }
    }

    private static readonly ReportValidator Validator = new(FixedTime.Default, new FakeGlyphCoverage());

    private static byte[] Sample(params string[] path) => File.ReadAllBytes(RepositoryRoot.File(["samples", .. path]));

    [Fact]
    public async Task Check_FindsLastYearsPublishedReport_AndNamesTheVersionComparedWith()
    {
        var store = new Published();

        var check = await new ReportChecker(Validator, store).CheckAsync(Sample("invalid", "carry-over.json"), CancellationToken.None);

        Assert.Equal([("anhe-county-natural-resources", 2023)], store.Asked);
        Assert.Equal("2023年度报告第2版", check.Previous?.Source);
        Assert.Equal(2, check.Findings.Count);
        Assert.All(check.Findings, f => Assert.Contains("与2023年度报告第2版“四、结转下年度继续办理”", f.Message, StringComparison.Ordinal));
        Assert.True(check.IsValid);
    }

    [Fact]
    public async Task Check_RunsEveryCrossYearRule_AgainstTheReportFound()
    {
        // The 2024 sample with 2023's text: text-reuse compares with the published 2023 report, unasked.
        var copied = SampleVariants.County2024 with
        {
            Overview = SampleVariants.County2023.Overview,
            ProblemsAndImprovements = SampleVariants.County2023.ProblemsAndImprovements,
            OtherMatters = SampleVariants.County2023.OtherMatters,
        };
        var json = ReportFunctions.Core.Reading.ReportWriter.Write(copied);

        var check = await new ReportChecker(Validator, new Published()).CheckAsync(json, CancellationToken.None);

        Assert.Contains(check.Findings, f => f.Code == ErrorCodes.TextReuse && f.Message.StartsWith("正文与2023年度报告第2版重复率为", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_PassesTheCallersDeadlineAndReceiptTime_ToTheLateRule()
    {
        var context = new CheckContext(new DateOnly(2025, 1, 10), new DateTimeOffset(2025, 1, 21, 2, 0, 0, TimeSpan.Zero));

        var check = await new ReportChecker(Validator, new Published()).CheckAsync(Sample("county-department-2024.json"), context, CancellationToken.None);

        var finding = Assert.Single(check.Findings);
        Assert.Equal((ErrorCodes.Late, Severity.Warning), (finding.Code, finding.Severity));
        Assert.EndsWith("逾期10天", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FindsNothing_ForTheConsistentSampleWithItsDeadline()
    {
        var check = await new ReportChecker(Validator, new Published())
            .CheckAsync(Sample("county-department-2024.json"), new CheckContext(new DateOnly(2025, 1, 31)), CancellationToken.None);

        Assert.Empty(check.Findings);
        Assert.NotNull(check.Previous);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("01-15", 5)]
    public async Task Check_DerivesTheDeadlineFromTheRegistryRecord_KindAndLocalOverride(string? deadlineOverride, int daysLate)
    {
        // The 2024 sample is signed 2025-01-20; a department is due 2025-01-31 unless its city set an earlier day.
        var record = new ReportFunctions.Core.Organizations.OrganizationRecord(
            "anhe-county-natural-resources", "安和县自然资源和规划局", ReportFunctions.Core.Model.OrganizationKind.Department, [], deadlineOverride, true, null);

        var check = await new ReportChecker(Validator, new Published())
            .CheckAsync(Sample("county-department-2024.json"), new CheckContext(Registered: record), CancellationToken.None);

        if (daysLate == 0)
            Assert.Empty(check.Findings);
        else
            Assert.EndsWith($"报送期限2025年1月15日，逾期{daysLate}天", Assert.Single(check.Findings).Message, StringComparison.Ordinal);
    }
}
