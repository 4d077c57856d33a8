using System.Text;
using System.Text.Json;

namespace ReportFunctions.Http;

/// <summary>
/// The signed-in user as App Service Authentication (Easy Auth) passes it to the app: the X-MS-CLIENT-PRINCIPAL
/// header, Base64 of {auth_typ, claims: [{typ, val}], name_typ, role_typ}
/// (https://learn.microsoft.com/azure/app-service/configure-authentication-user-identities#decode-the-client-principal-header).
/// </summary>
public sealed record ClientPrincipal(string IdentityProvider, string? Name, IReadOnlyList<string> Roles)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    // Entra ID puts app roles in "roles"; App Service's default claim mapping may show them under the role URI.
    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];
    private static readonly string[] NameClaims = ["name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>The principal, or null when the header is missing or not a principal (never an exception: it is input).</summary>
    public static ClientPrincipal? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
                return null;
            var roleType = Text(root, "role_typ");
            var nameType = Text(root, "name_typ");
            var pairs = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => (Type: Text(c, "typ"), Value: Text(c, "val")))
                .Where(c => c.Type is not null && c.Value is not null)
                .ToList();
            var roles = pairs.Where(c => c.Type == roleType || RoleClaims.Contains(c.Type)).Select(c => c.Value!).Distinct().ToList();
            var name = pairs.FirstOrDefault(c => c.Type == nameType).Value
                ?? NameClaims.Select(t => pairs.FirstOrDefault(c => c.Type == t).Value).FirstOrDefault(v => v is not null);
            return new ClientPrincipal(Text(root, "auth_typ") ?? "", name, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
