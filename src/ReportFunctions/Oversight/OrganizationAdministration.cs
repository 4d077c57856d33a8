using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Organizations;

namespace ReportFunctions.Oversight;

/// <summary>The console's changes to the registry, with the registry's own field rules and CSV reader; refusals come back as Chinese messages.</summary>
public sealed class OrganizationAdministration(OrganizationRegistry registry)
{
    private static readonly char[] ContactSeparators = ['\n', '\r', ';', ',', '；', '，'];

    public async Task<IReadOnlyList<string>> SaveAsync(OrganizationFields fields, CancellationToken ct)
    {
        var known = OrganizationKindNames.TryParse(fields.Kind, out var kind);
        var record = new OrganizationRecord(
            fields.Id?.Trim() ?? "",
            fields.Name?.Trim() ?? "",
            kind,
            (fields.Contacts ?? "").Split(ContactSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Blank(fields.DeadlineOverride),
            fields.Active,
            Blank(fields.SupervisorEmail));
        var errors = OrganizationValidation.Validate(record).Select(e => e.Message).ToList();
        if (!known)
            errors.Add("请选择机构类型。");
        if (errors.Count == 0)
            await registry.UpsertAsync(record, ct);
        return errors;
    }

    /// <summary>Deactivates (or reactivates) a body; false when it is not registered.</summary>
    public async Task<bool> SetActiveAsync(string id, bool active, CancellationToken ct)
    {
        if (await registry.GetAsync(id, ct) is not { } organization)
            return false;
        await registry.UpsertAsync(organization with { Active = active }, ct);
        return true;
    }

    /// <summary>Issues or rotates the token; null when the body is not registered. The caller shows it once: only its hash is kept.</summary>
    public async Task<string?> IssueTokenAsync(string id, CancellationToken ct) =>
        await registry.GetAsync(id, ct) is null ? null : await registry.IssueTokenAsync(id, ct);

    /// <summary>Imports every row or none; the bad rows' messages otherwise.</summary>
    public async Task<(int Imported, IReadOnlyList<string> Errors)> ImportAsync(string csv, CancellationToken ct)
    {
        var (organizations, errors) = OrganizationCsv.Read(csv);
        if (errors.Count > 0)
            return (0, errors.Select(e => e.Message).ToList());
        await registry.ImportAsync(organizations, ct);
        return (organizations.Count, []);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
