using Microsoft.Data.Sqlite;

namespace Caravan.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-audit-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void Verify_passes_on_the_log_as_written_and_names_the_entry_changed_behind_its_back()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database, "--org", "kg-cert", "--tlp", "amber").ExitCode);
        using var people = System.Text.Json.JsonDocument.Parse(CaravanProcess.Run("entities", "--db", Database, "--type", "person", "--format", "json").Output);
        var ids = people.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).Take(4).ToList();
        Assert.Equal(0, CaravanProcess.Run("entities", "--db", Database, "--merge", ids[0], ids[1], "--analyst", "aigerim").ExitCode);
        Assert.Equal(0, CaravanProcess.Run("entities", "--db", Database, "--merge", ids[0], ids[2], "--analyst", "aigerim").ExitCode);
        Assert.Equal(0, CaravanProcess.Run("entities", "--db", Database, "--merge", ids[0], ids[3], "--analyst", "aigerim").ExitCode);

        var intact = CaravanProcess.Run("audit", "verify", "--db", Database);
        Execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 1");
        var tampered = CaravanProcess.Run("audit", "verify", "--db", Database);
        Execute("UPDATE audit_log SET actor = 'aigerim' WHERE id = 1; DELETE FROM audit_log WHERE id = 2");
        var removed = CaravanProcess.Run("audit", "verify", "--db", Database);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("intact: 3 entries", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("at entry 1", tampered.Error, StringComparison.Ordinal);
        Assert.Equal(1, removed.ExitCode);
        Assert.Contains("at entry 3", removed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_marks_documents_with_the_organisation_and_marking_given()
    {
        Assert.Equal(0, CaravanProcess.Run("sources", "mark", "Caravanserai", "--tlp", "clear", "--db", Database).ExitCode);
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database, "--org", "kg-cert").ExitCode);
        var bad = CaravanProcess.Run("ingest", Samples.Folder, "--db", Database, "--tlp", "purple");

        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner_org || ' ' || tlp, COUNT(*) FROM documents GROUP BY 1 ORDER BY 1";
        using var reader = command.ExecuteReader();
        var markings = new List<string>();
        while (reader.Read())
        {
            markings.Add($"{reader.GetString(0)}: {reader.GetInt64(1)}");
        }

        Assert.Contains("kg-cert clear", string.Join("; ", markings), StringComparison.Ordinal);
        Assert.Contains("kg-cert green", string.Join("; ", markings), StringComparison.Ordinal);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("'purple' is not a TLP marking", bad.Error, StringComparison.Ordinal);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
