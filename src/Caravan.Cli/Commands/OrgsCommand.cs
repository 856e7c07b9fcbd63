using Caravan.Core.Sharing;
using System.CommandLine;

namespace Caravan.Cli.Commands;

/// <summary>`caravan orgs share OWNER --with PARTNER`, `caravan orgs partners`: whom an organisation shares TLP:AMBER with.</summary>
internal static class OrgsCommand
{
    public static Command Create()
    {
        var command = new Command("orgs", "Organisations and whom they share TLP:AMBER with");

        var database = CommonOptions.Database();
        var owner = new Argument<string>("owner") { Description = "The organisation that shares" };
        var partner = new Option<string>("--with") { Description = "The partner organisation that may then read the owner's AMBER objects", Required = true };
        var share = new Command("share", "Let a partner organisation read the owner's TLP:AMBER objects") { database, owner, partner };
        share.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            store.SharePartner(parse.GetRequiredValue(owner), parse.GetRequiredValue(partner));
            Console.WriteLine($"{parse.GetRequiredValue(owner)} shares TLP:AMBER with {parse.GetRequiredValue(partner)}");
            return 0;
        });

        var grantDatabase = CommonOptions.Database();
        var grantOwner = new Argument<string>("owner") { Description = "The organisation whose objects may be changed" };
        var grantee = new Option<string>("--with") { Description = "The partner organisation whose analysts may then change them", Required = true };
        var grant = new Command("grant-edits", "Let a partner's analysts review, edit and add events on the owner's objects they may read") { grantDatabase, grantOwner, grantee };
        grant.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(grantDatabase), Reader.Instance);
            store.GrantEdits(parse.GetRequiredValue(grantOwner), parse.GetRequiredValue(grantee));
            Console.WriteLine($"{parse.GetRequiredValue(grantee)}'s analysts may change {parse.GetRequiredValue(grantOwner)}'s objects they may read");
            return 0;
        });

        var listDatabase = CommonOptions.Database();
        var partners = new Command("partners", "Who shares TLP:AMBER with whom, and who granted whom edits") { listDatabase };
        partners.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(listDatabase), Reader.Instance);
            foreach (var (from, to) in store.Partners())
            {
                Console.WriteLine($"{from}\t{to}\tamber");
            }

            foreach (var (from, to) in store.EditGrants())
            {
                Console.WriteLine($"{from}\t{to}\tedits");
            }

            return 0;
        });

        command.Subcommands.Add(share);
        command.Subcommands.Add(grant);
        command.Subcommands.Add(partners);
        return command;
    }
}
