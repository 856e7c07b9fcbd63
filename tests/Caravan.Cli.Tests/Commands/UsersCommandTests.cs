namespace Caravan.Cli.Tests.Commands;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-users-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void A_user_is_added_with_the_password_from_standard_input_and_gets_a_key()
    {
        var added = CaravanProcess.RunWithInput("correct horse battery\n", "users", "add", "aigerim", "--org", "kg-cert", "--role", "analyst", "--password-stdin", "--db", Database);
        var key = CaravanProcess.Run("users", "key", "aigerim", "--label", "laptop", "--db", Database);
        var list = CaravanProcess.Run("users", "list", "--db", Database);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal("added aigerim (kg-cert, analyst)", added.Output.Trim());
        Assert.Equal(0, key.ExitCode);
        Assert.Matches("cvn_[A-Za-z0-9_-]{43}", key.Output);
        Assert.Contains("aigerim", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", list.Output + key.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_is_never_taken_from_the_command_line_or_when_short()
    {
        var withoutStdin = CaravanProcess.Run("users", "add", "aigerim", "--org", "kg-cert", "--db", Database);
        var shortPassword = CaravanProcess.RunWithInput("short\n", "users", "add", "aigerim", "--org", "kg-cert", "--password-stdin", "--db", Database);
        var badRole = CaravanProcess.RunWithInput("correct horse battery\n", "users", "add", "aigerim", "--org", "kg-cert", "--role", "root", "--password-stdin", "--db", Database);

        Assert.NotEqual(0, withoutStdin.ExitCode);
        Assert.Contains("--password-stdin", withoutStdin.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, shortPassword.ExitCode);
        Assert.Contains("at least", shortPassword.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badRole.ExitCode);
        Assert.DoesNotContain("aigerim", CaravanProcess.Run("users", "list", "--db", Database).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_cannot_be_added_twice()
    {
        CaravanProcess.RunWithInput("correct horse battery\n", "users", "add", "aigerim", "--org", "kg-cert", "--password-stdin", "--db", Database);
        var again = CaravanProcess.RunWithInput("another password 1\n", "users", "add", "aigerim", "--org", "uz-sgb", "--password-stdin", "--db", Database);

        Assert.NotEqual(0, again.ExitCode);
        Assert.NotEmpty(again.Error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
