using System.Net;
using System.Net.Sockets;

namespace Caravan.Testing;

/// <summary>Free TCP ports on the loopback interface, for servers the tests start.</summary>
internal static class Ports
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
