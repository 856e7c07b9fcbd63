using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Where several countries have a city or region of one name (Aksu in Kazakhstan and in China, Badakhshan in
/// Afghanistan and Tajikistan), takes the one in the
/// country the text names: in the same sentence first, else the country it names most.
/// </summary>
public sealed class PlaceDisambiguator(KnowledgeBase knowledge) : IExtractionStage
{
    public DocumentDraft Apply(DocumentDraft draft)
    {
        var countryMentions = draft.Mentions.Where(m => m.Place?.Kind == PlaceKind.Country && m.Country is not null).ToList();
        var countriesBySentence = countryMentions.ToLookup(m => m.SentenceIndex, m => m.Country!);
        if (countryMentions.Count == 0)
        {
            return draft;
        }

        var byFrequency = countryMentions.GroupBy(m => m.Country!).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var mentions = draft.Mentions.Select(mention =>
        {
            if (mention.Place is not { Kind: PlaceKind.City or PlaceKind.Admin1 } place || knowledge.PlacesNamed(mention.Text) is not { Count: > 1 } candidates)
            {
                return mention;
            }

            var nearby = countriesBySentence[mention.SentenceIndex];
            foreach (var country in nearby.Concat(byFrequency))
            {
                if (candidates.FirstOrDefault(c => c.Country == country) is { } chosen)
                {
                    var name = place.Kind == PlaceKind.City ? place.Name : chosen.Name;
                    return chosen.Country == place.Country ? mention : mention with { Place = chosen with { Name = name }, Country = chosen.Country };
                }
            }

            return mention;
        }).ToList();
        return draft with { Mentions = mentions };
    }
}
