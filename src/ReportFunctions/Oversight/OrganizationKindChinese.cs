using ReportFunctions.Core.Model;

namespace ReportFunctions.Oversight;

/// <summary>Kinds of body in the words of 条例 第四十九条, for the console's tables and exports.</summary>
public static class OrganizationKindChinese
{
    public static string Name(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Department => "政府部门",
        OrganizationKind.Government => "人民政府",
        OrganizationKind.Township => "乡镇（街道）",
        _ => "其他机构",
    };
}
