using Caravan.Core.Entities;

namespace Caravan.Core.Resolution;

/// <summary>Decides whether two named entities are one real thing (Nazarbaev and Nursultan Nazarbayev are; Osh city and Osh Region are not).</summary>
public interface IEntityMatcher
{
    bool SameEntity(Entity a, Entity b);

    /// <summary>Keys under which an entity's possible matches are looked up; two entities that match share a key.</summary>
    IEnumerable<string> CandidateKeys(Entity entity);
}
