using Caravan.Core.Sharing;
using System.CommandLine;
using System.Globalization;
using Caravan.Core.Audit;
using Caravan.Storage;

namespace Caravan.Cli.Commands;

/// <summary>`caravan audit verify`, `caravan audit list [--limit N]`: the hash-chained audit log.</summary>
internal static class AuditCommand
{
    private const int Page = 5000;

    public static Command Create()
    {
        var command = new Command("audit", "The append-only, hash-chained audit log");

        var database = CommonOptions.Database();
        var verify = new Command("verify", "Recompute the chain; exit 1 and name the first entry that was changed, removed or reordered") { database };
        verify.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var count = 0L;
            var head = AuditChain.Genesis;
            var broken = AuditChain.FirstBroken(All(store).Select(e =>
            {
                (count, head) = (count + 1, e.Hash);
                return e;
            }));
            if (broken is not null)
            {
                Console.Error.WriteLine($"audit log tampered with at entry {broken.Id} ({broken.Action} by {broken.Actor} at {broken.At:O}): its hash does not follow from the entries before it");
                return 1;
            }

            // Entries cut from the end leave a shorter chain that is still whole; the head hash, noted elsewhere, shows that.
            Console.WriteLine($"audit log intact: {count} entries, each hash follows from the one before; head {head}");
            return 0;
        });

        var listDatabase = CommonOptions.Database();
        var limit = new Option<int>("--limit") { Description = "The newest N entries", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "The newest entries") { listDatabase, limit };
        list.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(listDatabase), Reader.Instance);
            foreach (var e in All(store).TakeLast(Math.Max(1, parse.GetValue(limit))))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Id}\t{e.At:yyyy-MM-dd HH:mm:ss}\t{e.Actor}\t{e.Organisation}\t{e.Action}\t{e.Object}\t{e.Detail}"));
            }

            return 0;
        });

        command.Subcommands.Add(verify);
        command.Subcommands.Add(list);
        return command;
    }

    private static IEnumerable<AuditEntry> All(IEventStore store)
    {
        for (var page = store.AuditEntries(0, Page); page.Count > 0; page = store.AuditEntries(page[^1].Id, Page))
        {
            foreach (var entry in page)
            {
                yield return entry;
            }
        }
    }
}
