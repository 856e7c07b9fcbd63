using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Web;

namespace Caravan.Cli.Commands;

/// <summary>`caravan serve [--db FILE] [--port N] [--host H]`: the REST API, on 127.0.0.1:5080 by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var port = new Option<int>("--port") { Description = "TCP port", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback unless you mean otherwise)", DefaultValueFactory = _ => "127.0.0.1" };
        var maxDocument = new Option<int>("--max-document-mb") { Description = "The largest document text the API and pages take, in MB", DefaultValueFactory = _ => 4 };
        var command = new Command("serve", "Serve the REST API (documents, events, entities, exports; OpenAPI at /api/openapi.json)") { database, port, host, maxDocument };
        command.SetAction(async (parse, cancellation) =>
        {
            var db = parse.GetRequiredValue(database);
            if (parse.GetValue(maxDocument) is < 1 or > 256)
            {
                return CommonOptions.Fail("--max-document-mb must be from 1 to 256");
            }

            using (StoreFactory.Open(db, Reader.Instance))
            {
                // Opening once migrates the schema before the first request.
            }

            var url = $"http://{parse.GetRequiredValue(host)}:{parse.GetValue(port)}";
            Console.Error.WriteLine($"Caravan serving {url} (pages; API under /api; Ctrl+C to stop). Sign in as a user made by `caravan users add`.");
            var limits = new ServerLimits { MaxDocumentBytes = parse.GetValue(maxDocument) * 1024L * 1024 };
            await CaravanServer.ServeAsync(reader => StoreFactory.Open(db, reader), url, limits, cancellation);
            return 0;
        });
        return command;
    }
}
