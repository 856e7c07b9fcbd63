using Caravan.Core.Sharing;
using System.CommandLine;
using System.Globalization;
using Caravan.Analysis.Alerts;
using Caravan.Core.Alerts;
using Caravan.Core.Events;
using Caravan.Exchange.Webhooks;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan alerts` (the alerts raised), `alerts add NAME …` (a rule), `alerts rules`, `alerts run` (evaluate and
/// deliver once, for a database no server watches), `alerts anomalies` (weeks with unusually many events in a region).
/// </summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var limit = new Option<int>("--limit") { Description = "How many, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("alerts", "Alerts raised by the rules; add, list and run rules; anomalies") { database, limit };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("alert", "rule", "event", "raised", "webhook");
            foreach (var alert in store.Alerts(parse.GetValue(limit)))
            {
                var e = store.GetEvent(alert.EventId);
                var what = alert.Detail ?? $"{alert.EventId} {e?.Event.Type.ToWireName()} {e?.Event.Date} {e?.Event.Place.Location ?? e?.Event.Place.Country}";
                var delivery = alert.DeliveredAt is { } at ? $"delivered {at:u}" : alert.Attempts > 0 ? $"{alert.Attempts} failed: {alert.LastError}" : "";
                table.AddRow(alert.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(alert.RuleName),
                    Markup.Escape(what), alert.At.ToString("u", CultureInfo.InvariantCulture), Markup.Escape(delivery));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Rules());
        command.Subcommands.Add(Run());
        command.Subcommands.Add(Anomalies());
        return command;
    }

    private static Command Add()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "What to call the rule" };
        var organisation = CommonOptions.Organisation("The organisation the rule belongs to: it sees only what that organisation may read");
        var type = new Option<string?>("--type") { Description = "Event type (e.g. armed_clash, attack, arrest)" };
        var country = new Option<string?>("--country") { Description = "ISO country code" };
        var region = new Option<string?>("--region") { Description = "First-level region (Batken, Sughd, …)" };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's or target's name" };
        var keyword = new Option<string?>("--keyword") { Description = "A word or phrase of the evidence sentence" };
        var killed = new Option<int?>("--min-killed") { Description = "At least this many killed" };
        var webhook = new Option<string?>("--webhook") { Description = "POST each alert here (signed with the secret from standard input)" };
        var secretStdin = new Option<bool>("--secret-stdin") { Description = "Read the webhook signing secret from standard input" };
        var anomalies = new Option<bool>("--anomalies") { Description = "Raise on weeks with unusually many matching events in a region, not on each event" };
        var add = new Command("add", "Add an alert rule") { database, name, organisation, type, country, region, actor, keyword, killed, webhook, secretStdin, anomalies };
        add.SetAction(parse =>
        {
            EventType? eventType = null;
            if (parse.GetValue(type) is { } t)
            {
                if (!EventTypes.TryParse(t, out var parsed))
                {
                    return CommonOptions.Fail($"'{t}' is not an event type");
                }

                eventType = parsed;
            }

            Uri? url = null;
            if (parse.GetValue(webhook) is { } w && (!Uri.TryCreate(w, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            {
                return CommonOptions.Fail($"'{w}' is not an http(s) URL");
            }

            var secret = parse.GetValue(secretStdin) ? Console.In.ReadToEnd().TrimEnd('\r', '\n') : null;
            if (url is not null && string.IsNullOrEmpty(secret))
            {
                return CommonOptions.Fail("a webhook needs a signing secret: give --secret-stdin and pipe it in");
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var rule = store.AddAlertRule(new AlertRule(0, parse.GetRequiredValue(name), parse.GetRequiredValue(organisation))
            {
                Type = eventType,
                Country = parse.GetValue(country),
                Admin1 = parse.GetValue(region),
                Actor = parse.GetValue(actor),
                Keyword = parse.GetValue(keyword),
                MinFatalities = parse.GetValue(killed),
                Webhook = url,
                Secret = secret,
                Anomalies = parse.GetValue(anomalies),
            });
            Console.WriteLine($"rule {rule.Id} \"{rule.Name}\": {rule.Describe()}{(url is null ? "" : $"; webhook {url}")}");
            return 0;
        });
        return add;
    }

    private static Command Rules()
    {
        var database = CommonOptions.Database();
        var rules = new Command("rules", "List the alert rules") { database };
        rules.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            foreach (var rule in store.AlertRules())
            {
                Console.WriteLine($"{rule.Id}\t{rule.Name}\t{rule.Owner}\t{rule.Describe()}\t{rule.Webhook}");
            }

            return 0;
        });
        return rules;
    }

    private static Command Run()
    {
        var database = CommonOptions.Database();
        var run = new Command("run", "Run the rules over new events and deliver due webhooks, once") { database };
        run.SetAction(async (parse, cancellation) =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var raised = AlertEngine.Evaluate(store, DateTimeOffset.UtcNow);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var delivered = await new WebhookDispatcher(http, TimeProvider.System).DeliverDueAsync(store, cancellation);
            Console.WriteLine($"{raised} alerts raised, {delivered} webhooks delivered");
            return 0;
        });
        return run;
    }

    private static Command Anomalies()
    {
        var database = CommonOptions.Database();
        var anomalies = new Command("anomalies", "Weeks in which a region had many more events than in the weeks before") { database };
        anomalies.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var found = AnomalyDetector.Detect(store.QueryEvents(new Caravan.Storage.EventQuery { Limit = 1_000_000 }).Select(e => e.Event));
            foreach (var a in found)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Region}\tweek of {a.WeekStart:yyyy-MM-dd}\t{a.Count} events\tbaseline {a.Baseline:F1} ± {a.Spread:F1}"));
            }

            Console.WriteLine($"{found.Count} anomalies");
            return 0;
        });
        return anomalies;
    }
}
