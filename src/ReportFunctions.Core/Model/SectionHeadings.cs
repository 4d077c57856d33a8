namespace ReportFunctions.Core.Model;

/// <summary>The six official section headings (国办公开办函〔2021〕30号), as printed and as named in messages.</summary>
public static class SectionHeadings
{
    public const string Overview = "一、总体情况";
    public const string ActiveDisclosure = ActiveDisclosureTable.Heading;
    public const string Applications = ApplicationsTable.Heading;
    public const string ReviewsAndLitigation = ReviewsTable.Heading;
    public const string ProblemsAndImprovements = "五、存在的主要问题及改进情况";
    public const string OtherMatters = "六、其他需要报告的事项";
}
