// The land cadastre map (issue 13): Leaflet over a plain background (no tiles: nothing is loaded from the internet),
// the settlement's boundary and its registered plots from /api/land/map, and, where the element names a
// data-draw-target field, a Leaflet.draw polygon control whose drawing fills that field with GeoJSON (and a file input
// with data-geojson-file="<field>" loads a GeoJSON file into it). Any page may use it, a desk too:
// <div data-land-map data-settlement="<code>" data-plot="<cadastral number>" data-requested="<GeoJSON>" data-draw-target="<field id>">.
// With data-area-output="<id>" the area of the requested plot (geodesic, hectares) is written into that element (its
// data-prefix and data-unit around the number), and with data-area-fill="<input id>" into that input while it is empty.
(function () {
    "use strict";

    function init(el) {
        var map = L.map(el, { attributionControl: false, zoomSnap: 0.25 });
        el.landMap = map;
        var target = el.dataset.drawTarget ? document.getElementById(el.dataset.drawTarget) : null;
        var drawn = new L.FeatureGroup().addTo(map);
        var label = function (key, fallback) { return el.dataset[key] || fallback; };

        function showArea(layer) {
            var out = el.dataset.areaOutput ? document.getElementById(el.dataset.areaOutput) : null;
            if (!out) { return; }
            if (!layer || !L.GeometryUtil || !layer.getLatLngs) { out.textContent = ""; return; }
            var rings = layer.getLatLngs();
            var ring = Array.isArray(rings[0]) ? rings[0] : rings;
            var hectares = (L.GeometryUtil.geodesicArea(ring) / 10000).toFixed(4);
            out.textContent = (out.dataset.prefix || "Area") + ": " + hectares.replace(".", document.documentElement.lang === "en" ? "." : ",") + " " + (out.dataset.unit || "ha");
            out.dataset.hectares = hectares;
            var fill = el.dataset.areaFill ? document.getElementById(el.dataset.areaFill) : null;
            if (fill && (!fill.value.trim() || fill.dataset.autofilled === fill.value)) { fill.value = hectares; fill.dataset.autofilled = hectares; }
        }

        function showRequested(geometry) {
            drawn.clearLayers();
            if (!geometry) { showArea(null); return; }
            L.geoJSON(geometry, { style: { color: "#c0392b", weight: 2, fillOpacity: 0.3 } })
                .eachLayer(function (l) { l.bindTooltip(label("labelRequested", "Requested plot")); drawn.addLayer(l); });
            var layers = drawn.getLayers();
            showArea(layers.length ? layers[0] : null);
        }

        function readTarget() {
            if (!target || !target.value.trim()) { return null; }
            try {
                var g = JSON.parse(target.value);
                if (g.type === "FeatureCollection" && g.features.length) { g = g.features[0]; }
                if (g.type === "Feature") { g = g.geometry; }
                return g;
            } catch (e) { return null; }
        }

        var url = "/api/land/map" + (el.dataset.settlement ? "?settlement=" + encodeURIComponent(el.dataset.settlement) : "");
        fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
            .then(function (data) {
                var b = data.bounds;
                map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
                var highlight = null;
                L.geoJSON(data, {
                    style: function (f) {
                        if (f.properties.kind === "settlement") {
                            return { color: "#1f5fa8", weight: 2, fill: false, dashArray: "6 4" };
                        }
                        var mine = f.properties.cadastralNumber === el.dataset.plot;
                        return { color: mine ? "#d35400" : "#555", weight: mine ? 3 : 1, fillColor: "#999", fillOpacity: 0.35 };
                    },
                    onEachFeature: function (f, layer) {
                        if (f.properties.kind === "plot") {
                            layer.options.className = "land-plot";
                            layer.bindTooltip(label("labelPlot", "Plot") + " " + f.properties.cadastralNumber + " · " +
                                label("labelArea", "Area") + " " + (f.properties.areaSquareMetres / 10000).toFixed(4) + " ha");
                            if (f.properties.cadastralNumber === el.dataset.plot) { highlight = layer; }
                        }
                    }
                }).addTo(map);
                if (highlight) { map.fitBounds(highlight.getBounds(), { maxZoom: 18 }); }
                // A desk page may pass the requested plot itself: data-requested="<GeoJSON>".
                var requested = readTarget();
                if (!requested && el.dataset.requested) {
                    try { requested = JSON.parse(el.dataset.requested); } catch (e) { requested = null; }
                }
                showRequested(requested);
                if (requested && drawn.getLayers().length) { map.fitBounds(drawn.getBounds(), { maxZoom: 18, padding: [40, 40] }); }
                el.dataset.loaded = String(data.features.length);
            })
            .catch(function (e) { el.dataset.loaded = "error"; el.textContent = String(e); });

        if (target) {
            var draw = new L.Control.Draw({
                position: "topleft",
                draw: { polygon: { allowIntersection: false, showArea: false }, polyline: false, rectangle: false, circle: false, marker: false, circlemarker: false },
                edit: { featureGroup: drawn, remove: true }
            });
            map.addControl(draw);
            var write = function () {
                var layers = drawn.getLayers();
                target.value = layers.length ? JSON.stringify(layers[layers.length - 1].toGeoJSON().geometry) : "";
                showArea(layers.length ? layers[layers.length - 1] : null);
                target.dispatchEvent(new Event("input", { bubbles: true }));
            };
            map.on(L.Draw.Event.CREATED, function (e) { drawn.clearLayers(); drawn.addLayer(e.layer); write(); });
            map.on(L.Draw.Event.EDITED, write);
            map.on(L.Draw.Event.DELETED, write);
            target.addEventListener("change", function () { showRequested(readTarget()); });
        }
    }

    document.querySelectorAll("input[data-geojson-file]").forEach(function (input) {
        input.addEventListener("change", function () {
            var file = input.files && input.files[0];
            var field = document.getElementById(input.dataset.geojsonFile);
            if (!file || !field) { return; }
            file.text().then(function (text) { field.value = text; field.dispatchEvent(new Event("change", { bubbles: true })); });
        });
    });
    // The settlement chooser sends its form when changed (an inline onchange would be refused by the CSP; ADR 0024).
    document.querySelectorAll("select[data-submit-on-change]").forEach(function (select) {
        select.addEventListener("change", function () { if (select.form) { select.form.submit(); } });
    });
    document.querySelectorAll("[data-land-map]").forEach(init);
})();
