// The events map: country outlines from Natural Earth (no tile server is reachable), one circle per event
// sized by fatalities, clustered. Popups are built as DOM nodes, never from HTML strings, so report text
// cannot inject markup.
(async function () {
  const element = document.getElementById('map');
  const status = document.getElementById('map-status');
  const map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([41.5, 66], 4);

  const [countries, events] = await Promise.all([
    fetch(element.dataset.countries).then(r => r.json()),
    fetch(element.dataset.events, { credentials: 'same-origin' }).then(r => {
      if (!r.ok) throw new Error('events: HTTP ' + r.status);
      return r.json();
    }),
  ]).catch(error => {
    status.textContent = 'Could not load the map: ' + error.message;
    throw error;
  });

  L.geoJSON(topojson.feature(countries, countries.objects.countries), {
    style: { color: '#6b7280', weight: 1, fillColor: '#f3f0e8', fillOpacity: 1 },
  }).addTo(map);

  const clusters = L.markerClusterGroup({ maxClusterRadius: 40 });
  for (const feature of events.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const radius = 6 + 3 * Math.sqrt(p.fatalities || 0);
    const marker = L.circleMarker([lat, lon], {
      radius,
      color: '#7f1d1d',
      weight: 1,
      fillColor: p.fatalities ? '#dc2626' : '#2563eb',
      fillOpacity: 0.7,
      className: 'event-marker',
    });
    marker.bindPopup(() => popup(p));
    clusters.addLayer(marker);
  }
  map.addLayer(clusters);
  if (events.features.length > 0) {
    map.fitBounds(clusters.getBounds(), { maxZoom: 7, padding: [30, 30] });
  }
  status.textContent = events.features.length + ' events on the map';
  element.dataset.markers = String(events.features.length);

  function popup(p) {
    const box = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = p.type + ' · ' + (p.date || 'undated');
    const place = document.createElement('div');
    place.textContent = [p.location, p.admin1, p.country].filter(Boolean).join(', ');
    const counts = document.createElement('div');
    counts.textContent = 'killed ' + (p.fatalities ?? '–') + ' · injured ' + (p.injured ?? '–');
    const evidence = document.createElement('blockquote');
    evidence.textContent = p.evidence;
    const link = document.createElement('a');
    link.href = '/documents/' + encodeURIComponent(p.document_id) + '#event-' + p.id;
    link.textContent = 'source: ' + (p.outlet || p.source);
    box.append(title, place, counts, evidence, link);
    return box;
  }
})();
