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
        var command = new Command("serve", "Serve the REST API (documents, events, entities, exports; OpenAPI at /api/openapi.json)") { database, port, host };
        command.SetAction(async (parse, cancellation) =>
        {
            var db = parse.GetRequiredValue(database);
            using (StoreFactory.Open(db, Reader.Instance))
            {
                // Opening once migrates the schema before the first request.
            }

            var url = $"http://{parse.GetRequiredValue(host)}:{parse.GetValue(port)}";
            Console.Error.WriteLine($"Caravan serving {url} (pages; API under /api; Ctrl+C to stop). Sign in as a user made by `caravan users add`.");
            await CaravanServer.ServeAsync(reader => StoreFactory.Open(db, reader), url, cancellation);
            return 0;
        });
        return command;
    }
}
