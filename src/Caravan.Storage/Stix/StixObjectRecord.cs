using Caravan.Core.Sharing;

namespace Caravan.Storage.Stix;

/// <summary>
/// One version of a STIX object in one collection. <see cref="Version"/> is the object's modified (else created)
/// time in <see cref="StixVersions.Normalise"/> form, empty for objects without either (cyber observables).
/// </summary>
public sealed record StixObjectRecord(string Collection, Marking Marking, string Id, string Type, string SpecVersion, string Version, string Json);

/// <summary>A stored version with the moment it was added to its collection (microseconds, UTC) and its place in that order.</summary>
public sealed record StoredStixObject(StixObjectRecord Object, string DateAdded, long Sequence);

/// <summary>Whether an object was added, or was there already with the same id and version.</summary>
public sealed record StixAddOutcome(string Id, string Version, bool Added);

public sealed record StixObjectPage(IReadOnlyList<StoredStixObject> Objects, bool More);
