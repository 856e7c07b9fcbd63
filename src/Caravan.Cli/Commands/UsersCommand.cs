using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Core.Accounts;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan users add NAME --org ORG --role ROLE --password-stdin`, `users key NAME`, `users list`. A password
/// is read from standard input only, never from the command line, where other users of the machine could see it.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Local users, their organisations, roles and API keys");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Key());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "User name (letters, digits, . _ @ -)" };
        var organisation = new Option<string>("--org") { Description = "The user's organisation", Required = true };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin", DefaultValueFactory = _ => "viewer" };
        role.AcceptOnlyFromAmong([.. Roles.All.Select(r => r.ToWireName())]);
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (required)" };
        var add = new Command("add", "Add a user; the password comes from standard input") { database, name, organisation, role, passwordStdin };
        add.SetAction(parse =>
        {
            var userName = parse.GetRequiredValue(name);
            var org = parse.GetRequiredValue(organisation);
            if (!AccountNames.IsValid(userName) || !AccountNames.IsValid(org))
            {
                return CommonOptions.Fail("A user or organisation name is 1 to 64 letters, digits and . _ @ -, starting with a letter or digit.");
            }

            if (!parse.GetValue(passwordStdin))
            {
                return CommonOptions.Fail("Give --password-stdin and pipe the password in: a password on the command line is visible to every user of the machine.");
            }

            var password = Console.In.ReadToEnd().TrimEnd('\r', '\n');
            if (password.Length < PasswordHashing.MinimumLength)
            {
                return CommonOptions.Fail($"The password must have at least {PasswordHashing.MinimumLength} characters.");
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            Roles.TryParse(parse.GetRequiredValue(role), out var parsedRole);
            try
            {
                var account = store.AddUser(userName, org, parsedRole, PasswordHashing.Hash(password));
                Console.WriteLine($"added {account.Name} ({account.Organisation}, {account.Role.ToWireName()})");
                return 0;
            }
            catch (StoreException e)
            {
                return CommonOptions.Fail(e.Message);
            }
        });
        return add;
    }

    private static Command Key()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The user the key acts as" };
        var label = new Option<string?>("--label") { Description = "What the key is for, e.g. the machine that holds it" };
        var key = new Command("key", "Make an API key for a user; it is printed once and stored only as a hash") { database, name, label };
        key.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            if (store.FindUser(parse.GetRequiredValue(name)) is not { } account)
            {
                return CommonOptions.Fail($"There is no user '{parse.GetRequiredValue(name)}'.");
            }

            var secret = ApiKeys.New();
            store.AddApiKey(account.Id, ApiKeys.Hash(secret), parse.GetValue(label));
            Console.WriteLine(secret);
            return 0;
        });
        return key;
    }

    private static Command List()
    {
        var database = CommonOptions.Database();
        var list = new Command("list", "List users") { database };
        list.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("name", "organisation", "role", "created");
            foreach (var account in store.ListUsers())
            {
                table.AddRow(Markup.Escape(account.Name), Markup.Escape(account.Organisation), account.Role.ToWireName(), account.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
