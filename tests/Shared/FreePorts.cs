using System.Net;
using System.Net.Sockets;

namespace ReportFunctions.Tests.Shared;

/// <summary>Loopback ports nothing listens on, so parallel runs and a developer's own services never collide.</summary>
internal static class FreePorts
{
    /// <summary>A port the system just handed out and released; it can be taken again before it is bound, so callers retry.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
