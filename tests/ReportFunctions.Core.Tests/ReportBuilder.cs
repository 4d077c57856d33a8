using ReportFunctions.Core.Model;

namespace ReportFunctions.Core.Tests;

/// <summary>Test data: a valid report that tests change only where they are about, e.g. <c>ReportBuilder.Valid().With(r => r with { Year = 2018 })</c>.</summary>
public sealed class ReportBuilder
{
    private Report report;

    private ReportBuilder(Report report) => this.report = report;

    /// <summary>A 2021 township report signed on 2022-01-15 with small, consistent non-zero tables.</summary>
    public static ReportBuilder Valid() => new(new Report(
        FormatVersion: "2021",
        Organization: new Organization("dalan-town", "大岚镇人民政府", OrganizationKind.Township, "11330281002000000D"),
        Year: 2021,
        Title: null,
        Preface: ["依据《中华人民共和国政府信息公开条例》编制本报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"],
        Overview: [new Block("（一）主动公开", ["全年主动公开政府信息150条。"]), new Block("（二）依申请公开", ["全年收到申请14件。"])],
        ActiveDisclosure: new ActiveDisclosure(
            [new Block(null, ["本年度主动公开政府信息150条。"])],
            new DocumentCounts(0, 0, 0),
            new DocumentCounts(2, 1, 5),
            3,
            4,
            0,
            1.2345m),
        Applications: new Applications(
            NewlyReceived: Row(10, 2, 1, 0, 1, 0),
            CarriedOver: Row(1, 0, 0, 0, 0, 0),
            Granted: Row(5, 1, 0, 0, 0, 0),
            PartiallyGranted: Row(1, 0, 0, 0, 0, 0),
            Denied: new DeniedReasons(Zero, Zero, Zero, Row(1, 0, 0, 0, 0, 0), Zero, Zero, Zero, Zero),
            UnableToProvide: new UnableToProvideReasons(Row(2, 1, 0, 0, 1, 0), Zero, Zero),
            NotProcessed: new NotProcessedReasons(Zero, Row(1, 0, 0, 0, 0, 0), Zero, Zero, Zero),
            OtherHandling: new OtherHandlingReasons(Zero, Zero, Zero),
            Total: Row(10, 2, 0, 0, 1, 0),
            CarriedForward: Row(1, 0, 1, 0, 0, 0)),
        ReviewsAndLitigation: new ReviewsAndLitigation(new Outcome(1, 0, 0, 1, 2), new Outcome(0, 1, 0, 0, 1), new Outcome(0, 0, 0, 0, 0)),
        ProblemsAndImprovements: [new Block("（一）存在的主要问题", ["信息更新不够及时。"]), new Block("（二）改进措施", ["建立提醒机制，上年度报告所列问题已完成整改。"])],
        OtherMatters: [new Block(null, ["本年度未收取信息处理费。"])],
        Signature: new Signature("大岚镇人民政府", new DateOnly(2022, 1, 15))));

    /// <summary>
    /// The body's 2020 report, worded differently (so <c>text-reuse</c> stays quiet) and with tables equal to
    /// <see cref="Valid"/>'s, so that only what a test changes differs between the years.
    /// </summary>
    public static ReportBuilder PreviousYear() => Valid().With(r => r with
    {
        Year = 2020,
        Overview = [new Block("（一）主动公开", ["通过政务信息平台发布各类政务信息，做到应公开尽公开。"]), new Block("（二）依申请公开", ["依申请公开渠道畅通，全年收到申请14件。"])],
        ActiveDisclosure = r.ActiveDisclosure with { Narrative = [new Block(null, ["政策文件均在印发后及时公开。"])] },
        ProblemsAndImprovements = [new Block(null, ["栏目维护人员不足。针对去年指出的问题，已落实专人负责。"])],
        OtherMatters = [new Block(null, ["未收取信息处理费。"])],
        Signature = r.Signature with { Date = new DateOnly(2021, 1, 20) },
    });

    /// <summary>The valid report with every count and the fee zero, as most small bodies file it.</summary>
    public static ReportBuilder AllZero() => Valid().With(r => r with
    {
        Overview = [r.Overview[0], new Block("（二）依申请公开", ["全年未收到政府信息公开申请。"])],
        ActiveDisclosure = r.ActiveDisclosure with
        {
            Regulations = new DocumentCounts(0, 0, 0),
            NormativeDocuments = new DocumentCounts(0, 0, 0),
            Licensing = 0,
            Penalty = 0,
            Coercion = 0,
            Fees = 0m,
        },
        Applications = new Applications(Zero, Zero, Zero, Zero,
            new DeniedReasons(Zero, Zero, Zero, Zero, Zero, Zero, Zero, Zero),
            new UnableToProvideReasons(Zero, Zero, Zero),
            new NotProcessedReasons(Zero, Zero, Zero, Zero, Zero),
            new OtherHandlingReasons(Zero, Zero, Zero),
            Zero, Zero),
        ReviewsAndLitigation = new ReviewsAndLitigation(ZeroOutcome, ZeroOutcome, ZeroOutcome),
    });

    public static ApplicantRow Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static Outcome ZeroOutcome { get; } = new(0, 0, 0, 0, 0);

    /// <summary>A row whose 总计 is the sum of the six applicant columns.</summary>
    public static ApplicantRow Row(long naturalPerson, long commercial, long research, long publicWelfare, long legalService, long other) =>
        new(naturalPerson, commercial, research, publicWelfare, legalService, other,
            naturalPerson + commercial + research + publicWelfare + legalService + other);

    public ReportBuilder With(Func<Report, Report> change)
    {
        report = change(report);
        return this;
    }

    public ReportBuilder WithApplications(Func<Applications, Applications> change) =>
        With(r => r with { Applications = change(r.Applications) });

    public Report Build() => report;
}
