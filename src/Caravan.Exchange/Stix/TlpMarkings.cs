using System.Text.Json.Nodes;
using Caravan.Core.Sharing;

namespace Caravan.Exchange.Stix;

/// <summary>The TLP 2.0 marking-definition objects as OASIS publishes them, to ship with what they mark.</summary>
public static class TlpMarkings
{
    private const string TlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    public static JsonObject Definition(Tlp tlp) => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = tlp.StixMarkingId(),
        ["created"] = "2022-10-01T00:00:00.000Z",
        ["name"] = tlp.Label(),
        ["extensions"] = new JsonObject
        {
            [TlpExtension] = new JsonObject
            {
                ["extension_type"] = "property-extension",
                ["tlp_2_0"] = tlp.ToWireName(),
            },
        },
    };
}
