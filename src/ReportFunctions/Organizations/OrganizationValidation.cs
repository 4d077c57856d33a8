using System.Net.Mail;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Organizations;

/// <summary>Field rules of an organization record; the id rule is the contract's organization.id rule.</summary>
internal static class OrganizationValidation
{
    public static IReadOnlyList<ValidationError> Validate(OrganizationRecord organization)
    {
        var errors = new List<ValidationError>();
        if (!OrganizationId.IsValid(organization.Id))
            errors.Add(Error("range", "id", $"机构标识“{organization.Id}”无效：只能使用小写字母、数字和连字符，以字母或数字开头，长度2至64。"));
        if (string.IsNullOrWhiteSpace(organization.Name))
            errors.Add(Error("required", "name", "机构名称不能为空。"));
        else if (organization.Name.Length > 100)
            errors.Add(Error("range", "name", "机构名称不能超过100个字符。"));
        for (var i = 0; i < organization.Contacts.Count; i++)
        {
            if (!IsEmail(organization.Contacts[i]))
                errors.Add(Error("range", $"contacts.{i}", $"联系人邮箱“{organization.Contacts[i]}”格式不正确。"));
        }
        // The rule of the planner that reads the override, so that what is accepted here is what it can use.
        if (organization.DeadlineOverride is { } deadline && !ReportDeadline.IsValidOverride(deadline))
            errors.Add(Error("range", "deadlineOverride", $"本地截止日期“{deadline}”无效，应为“MM-DD”格式，如“01-15”。"));
        if (organization.SupervisorEmail is { } supervisor && !IsEmail(supervisor))
            errors.Add(Error("range", "supervisorEmail", $"主管部门邮箱“{supervisor}”格式不正确。"));
        return errors;
    }

    public static void ThrowIfInvalid(OrganizationRecord organization)
    {
        var errors = Validate(organization);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), nameof(organization));
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('@');

    private static ValidationError Error(string code, string path, string message) => new(code, Severity.Error, path, message);
}
