namespace ReportFunctions.Core.Model;

/// <summary>
/// Table 三 (收到和处理政府信息公开申请情况) as the format prints it: official labels, JSON paths and accessors,
/// in printed order. The validator's messages and the PDF template both read it, so labels live in one place.
/// </summary>
public static class ApplicationsTable
{
    public const string Heading = "三、收到和处理政府信息公开申请情况";

    /// <summary>The top-left header cell, which states rule R1.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public const string ApplicantsHeader = "申请人情况";

    public const string OrganizationsHeader = "法人或其他组织";

    private const string Results = "三、本年度办理结果";
    private const string Denied = "（三）不予公开";
    private const string UnableToProvide = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string OtherHandling = "（六）其他处理";

    /// <summary>自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计.</summary>
    public static IReadOnlyList<ApplicantColumn> Columns { get; } =
    [
        new("naturalPerson", "自然人", null, r => r.NaturalPerson),
        new("commercial", "商业企业", OrganizationsHeader, r => r.Commercial),
        new("research", "科研机构", OrganizationsHeader, r => r.Research),
        new("publicWelfare", "社会公益组织", OrganizationsHeader, r => r.PublicWelfare),
        new("legalService", "法律服务机构", OrganizationsHeader, r => r.LegalService),
        new("other", "其他", OrganizationsHeader, r => r.Other),
        new("total", "总计", null, r => r.Total),
    ];

    /// <summary>The 25 data rows: 一, 二, the 21 result leaves, （七）总计, 四.</summary>
    public static IReadOnlyList<ApplicationsTableRow> Rows { get; } =
    [
        new("applications.newlyReceived", "一、本年新收政府信息公开申请数量", null, null, ApplicationsRowRole.NewlyReceived, a => a.NewlyReceived),
        new("applications.carriedOver", "二、上年结转政府信息公开申请数量", null, null, ApplicationsRowRole.CarriedOver, a => a.CarriedOver),
        new("applications.granted", Results, "（一）予以公开", null, ApplicationsRowRole.Result, a => a.Granted),
        new("applications.partiallyGranted", Results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, ApplicationsRowRole.Result, a => a.PartiallyGranted),
        new("applications.denied.stateSecret", Results, Denied, "1.属于国家秘密", ApplicationsRowRole.Result, a => a.Denied.StateSecret),
        new("applications.denied.prohibitedByLaw", Results, Denied, "2.其他法律行政法规禁止公开", ApplicationsRowRole.Result, a => a.Denied.ProhibitedByLaw),
        new("applications.denied.securityStability", Results, Denied, "3.危及“三安全一稳定”", ApplicationsRowRole.Result, a => a.Denied.SecurityStability),
        new("applications.denied.thirdPartyRights", Results, Denied, "4.保护第三方合法权益", ApplicationsRowRole.Result, a => a.Denied.ThirdPartyRights),
        new("applications.denied.internalAffairs", Results, Denied, "5.属于三类内部事务信息", ApplicationsRowRole.Result, a => a.Denied.InternalAffairs),
        new("applications.denied.processInformation", Results, Denied, "6.属于四类过程性信息", ApplicationsRowRole.Result, a => a.Denied.ProcessInformation),
        new("applications.denied.enforcementFiles", Results, Denied, "7.属于行政执法案卷", ApplicationsRowRole.Result, a => a.Denied.EnforcementFiles),
        new("applications.denied.administrativeQuery", Results, Denied, "8.属于行政查询事项", ApplicationsRowRole.Result, a => a.Denied.AdministrativeQuery),
        new("applications.unableToProvide.notHeld", Results, UnableToProvide, "1.本机关不掌握相关政府信息", ApplicationsRowRole.Result, a => a.UnableToProvide.NotHeld),
        new("applications.unableToProvide.needsCreation", Results, UnableToProvide, "2.没有现成信息需要另行制作", ApplicationsRowRole.Result, a => a.UnableToProvide.NeedsCreation),
        new("applications.unableToProvide.unclearAfterCorrection", Results, UnableToProvide, "3.补正后申请内容仍不明确", ApplicationsRowRole.Result, a => a.UnableToProvide.UnclearAfterCorrection),
        new("applications.notProcessed.complaint", Results, NotProcessed, "1.信访举报投诉类申请", ApplicationsRowRole.Result, a => a.NotProcessed.Complaint),
        new("applications.notProcessed.repeated", Results, NotProcessed, "2.重复申请", ApplicationsRowRole.Result, a => a.NotProcessed.Repeated),
        new("applications.notProcessed.publications", Results, NotProcessed, "3.要求提供公开出版物", ApplicationsRowRole.Result, a => a.NotProcessed.Publications),
        new("applications.notProcessed.excessive", Results, NotProcessed, "4.无正当理由大量反复申请", ApplicationsRowRole.Result, a => a.NotProcessed.Excessive),
        new("applications.notProcessed.confirmation", Results, NotProcessed, "5.要求行政机关确认或重新出具已获取信息", ApplicationsRowRole.Result, a => a.NotProcessed.Confirmation),
        new("applications.otherHandling.noCorrection", Results, OtherHandling, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ApplicationsRowRole.Result, a => a.OtherHandling.NoCorrection),
        new("applications.otherHandling.feeUnpaid", Results, OtherHandling, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ApplicationsRowRole.Result, a => a.OtherHandling.FeeUnpaid),
        new("applications.otherHandling.other", Results, OtherHandling, "3.其他", ApplicationsRowRole.Result, a => a.OtherHandling.Other),
        new("applications.total", Results, "（七）总计", null, ApplicationsRowRole.Total, a => a.Total),
        new("applications.carriedForward", "四、结转下年度继续办理", null, null, ApplicationsRowRole.CarriedForward, a => a.CarriedForward),
    ];

    /// <summary>The row with the given role; for <see cref="ApplicationsRowRole.Result"/> use <see cref="Rows"/>.</summary>
    public static ApplicationsTableRow Row(ApplicationsRowRole role) => Rows.Single(r => r.Role == role);
}
