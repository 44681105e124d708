using System.Text.Json;

namespace Qyzmet.Portal;

/// <summary>
/// A submitted field holding a drawn plot (a GeoJSON Polygon, e.g. 003.md para 4 "the scheme of the plot's location"): the
/// pages show it on the map (land-map.js, served by the host) instead of as text (D-551). Nothing here knows a module.
/// </summary>
public static class PlotScheme
{
    /// <summary>True when the value is a GeoJSON Polygon (or a Feature holding one).</summary>
    public static bool IsPolygon(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.TrimStart()[0] != '{')
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(value);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.GetString() == "Feature" && root.TryGetProperty("geometry", out var g))
            {
                root = g;
            }

            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.GetString() == "Polygon";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The first submitted field that is a drawn plot, if any.</summary>
    public static SubmittedField? Find(IEnumerable<SubmittedField> fields) => fields.FirstOrDefault(f => IsPolygon(f.Value));
}
