namespace ReportFunctions.Core.Model;

/// <summary>One row of table 三: 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计.</summary>
public sealed record ApplicantRow(
    long NaturalPerson,
    long Commercial,
    long Research,
    long PublicWelfare,
    long LegalService,
    long Other,
    long Total);
