using System.Collections.Frozen;
using System.Security.Cryptography;

namespace ReportFunctions.Pages;

/// <summary>
/// The pages' scripts and styles: files of Pages/Assets embedded in the assembly, served at /api/assets/{name}.
/// Each page links an asset with its content hash (?v=), so a page and the asset it expects cannot drift apart
/// and the asset can be cached as immutable.
/// </summary>
public static class PageAssets
{
    public const string RoutePrefix = "/api/assets/";

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    public static Asset? Find(string name) => Assets.GetValueOrDefault(name);

    /// <summary>The URL a page links: the route and the asset's hash; an unknown name is a programming error.</summary>
    public static string Url(string name) =>
        Assets.TryGetValue(name, out var asset)
            ? $"{RoutePrefix}{name}?v={asset.Hash}"
            : throw new ArgumentException($"No page asset named {name}.", nameof(name));

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        const string prefix = "ReportFunctions.Pages.Assets.";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[prefix.Length..];
            var bytes = buffer.ToArray();
            assets[name] = new Asset(name, ContentType(name), bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        var other => throw new InvalidOperationException($"Page asset {name} has an extension ({other}) the app does not serve."),
    };

    public sealed record Asset(string Name, string ContentType, byte[] Content, string Hash);
}
