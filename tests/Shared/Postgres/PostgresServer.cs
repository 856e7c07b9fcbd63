using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Caravan.Testing;

/// <summary>
/// A private PostgreSQL server for the test run: a fresh cluster in a temporary folder, listening only on
/// 127.0.0.1 at a free port, started with the Debian packages' binaries and stopped at the end. As root it runs
/// as the "postgres" user, since the server refuses to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string binaries;
    private readonly string dataFolder;
    private readonly bool asPostgresUser;
    private int nextDatabase;

    public PostgresServer()
    {
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; install the Debian package 'postgresql' (./test does this).");
        asPostgresUser = Environment.UserName == "root";
        dataFolder = Path.Combine(Path.GetTempPath(), "caravan-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataFolder);
        if (asPostgresUser)
        {
            Run("chown", "postgres:postgres", dataFolder);
        }

        Port = Ports.Free();
        RunServerTool("initdb", "-D", dataFolder, "-U", "caravan", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        RunServerTool("pg_ctl", "-D", dataFolder, "-l", Path.Combine(dataFolder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {dataFolder} -c fsync=off", "start");
    }

    public int Port { get; }

    /// <summary>A new, empty database on the server, for one test class instance.</summary>
    public string CreateDatabase()
    {
        var name = $"caravan_test_{Interlocked.Increment(ref nextDatabase)}_{Guid.NewGuid().ToString("N")[..8]}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "caravan", Database = database, Pooling = false }.ConnectionString;

    public void Dispose()
    {
        try
        {
            RunServerTool("pg_ctl", "-D", dataFolder, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private void RunServerTool(string tool, params string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        if (asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({(process.HasExited ? process.ExitCode : -1)}): {output.Result} {error.Result}");
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;

}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
