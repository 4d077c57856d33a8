using System.Net;
using Microsoft.AspNetCore.Http;

namespace ReportFunctions.Http;

/// <summary>The address the rate limits count a request against.</summary>
public static class ClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    /// <summary>What requests without any address (e.g. from an in-process test server) share.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The first address of X-Forwarded-For when the proxy in front is trusted (the App Service front ends write
    /// "address:port"; the port is dropped), else the connection's peer. A header that is not an address falls back
    /// to the peer. A proxy that appends to a header the client sent leaves the client's own first entry in front,
    /// so trust it only behind a proxy that sets the header, or put the limits at the edge.
    /// </summary>
    public static string Of(HttpRequest request, bool trustForwardedFor)
    {
        if (trustForwardedFor && FirstForwarded(request.Headers[ForwardedForHeader].ToString()) is { } forwarded)
            return forwarded.ToString();
        return request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? Unknown;
    }

    private static IPAddress? FirstForwarded(string header)
    {
        var first = header.Split(',', 2)[0].Trim();
        if (first.Length == 0)
            return null;
        if (IPAddress.TryParse(first, out var address))
            return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPEndPoint.TryParse(first, out var endPoint) ? endPoint.Address : null;
    }
}
