namespace Caravan.Ingestion.Sources;

/// <summary>The text of one input file, with where it came from.</summary>
public sealed record SourceText(string Path, string FileName, string Text, string MediaType);
