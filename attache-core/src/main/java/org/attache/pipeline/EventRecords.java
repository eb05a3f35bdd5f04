package org.attache.pipeline;

import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.ingest.Article;
import org.attache.places.EventLocation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented output record of an event (README, "Output record"), as an ordered map ready for JSON. Every view
 * (CLI, API, exports) writes this same record.
 */
public final class EventRecords {
    private EventRecords() {
    }

    public static Map<String, Object> toMap(Article article, CodedEvent event) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", event.id());
        Map<String, Object> articleMap = new LinkedHashMap<>();
        articleMap.put("id", article.id());
        articleMap.put("title", article.title());
        articleMap.put("url", article.url());
        articleMap.put("source", article.source());
        articleMap.put("published", article.published() == null ? null : article.published().toString());
        articleMap.put("date_source", article.dateOrigin());
        record.put("article", articleMap);
        record.put("date", event.date() == null ? null : event.date().toString());
        record.put("date_origin", event.dateOrigin());
        Map<String, Object> sentence = new LinkedHashMap<>();
        sentence.put("index", event.sentenceIndex());
        sentence.put("text", event.sentence().text());
        sentence.put("start", event.sentence().start());
        sentence.put("end", event.sentence().end());
        sentence.put("section", article.sectionAt(event.sentence().start()));
        record.put("sentence", sentence);
        record.put("source", actor(event.source()));
        record.put("target", actor(event.target()));
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("text", event.trigger().text());
        trigger.put("start", event.trigger().start());
        trigger.put("end", event.trigger().end());
        record.put("trigger", trigger);
        record.put("location", location(event.location()));
        record.put("cameo", event.cameo().code());
        record.put("cameo_name", event.cameo().name());
        record.put("root", event.cameo().root());
        record.put("quad", event.cameo().quadClass());
        record.put("goldstein", event.cameo().goldstein());
        record.put("plover", event.cameo().plover());
        record.put("modality", event.modality().label());
        record.put("confidence", event.confidence());
        return record;
    }

    private static Map<String, Object> location(EventLocation location) {
        if (location == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", location.text());
        map.put("name", location.place().name());
        map.put("country", location.place().country());
        map.put("lat", location.place().lat());
        map.put("lon", location.place().lon());
        map.put("start", location.start());
        map.put("end", location.end());
        return map;
    }

    private static Map<String, Object> actor(EventActor actor) {
        if (actor == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", actor.text());
        map.put("code", actor.code());
        map.put("country", actor.country());
        map.put("sector", actor.sector());
        map.put("start", actor.start());
        map.put("end", actor.end());
        map.put("resolved_by", actor.method());
        return map;
    }
}
