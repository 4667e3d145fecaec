package dev.noblame.pipeline

import com.cloudbees.groovy.cps.NonCPS
import java.util.regex.Matcher
import java.util.regex.Pattern

/**
 * Facts about the running build that NoBlame wants: issue keys (from the branch and the commit
 * messages, with the pattern NoBlame uses, DESIGN §5), the commits of the change sets and the
 * number of files they touch. Change sets and matchers are not serializable, so everything here
 * runs outside CPS and returns plain lists and maps.
 */
class BuildFacts implements Serializable {
    static final String ISSUE_KEY = /\p{Lu}[\p{Lu}\p{Digit}_]{1,255}-\p{Digit}{1,100}/
    static final int MAX_KEYS = 100
    static final int MAX_COMMITS = 1000

    /** Distinct keys in the order they first appear. */
    @NonCPS
    static List<String> issueKeys(List<String> texts) {
        Set<String> keys = new LinkedHashSet<String>()
        Pattern p = Pattern.compile(ISSUE_KEY)
        for (String t : texts) {
            if (t == null) {
                continue
            }
            Matcher m = p.matcher(t)
            while (m.find() && keys.size() < MAX_KEYS) {
                keys.add(m.group())
            }
        }
        return new ArrayList<String>(keys)
    }

    /** The branch and the commit messages: where issue keys are looked for. */
    @NonCPS
    static List<String> keyTexts(String branch, List<Map> commits) {
        List<String> texts = [branch]
        commits.each { texts.add(it.message as String) }
        return texts
    }

    @NonCPS
    static List<String> strings(def values) {
        List<String> out = []
        (values as List).each { out.add(String.valueOf(it)) }
        return out
    }

    /** [sha, message, committedAt (ISO-8601 or null)] for each commit of the build's change sets. */
    @NonCPS
    static List<Map> commits(def currentBuild) {
        List<Map> out = []
        for (def changeSet : (currentBuild.changeSets ?: [])) {
            for (def entry : (changeSet.items ?: [])) {
                if (out.size() >= MAX_COMMITS) {
                    return out
                }
                long ts = entry.timestamp ?: -1L
                out.add([sha        : String.valueOf(entry.commitId),
                         message    : entry.msg == null ? null : String.valueOf(entry.msg).take(10000),
                         committedAt: ts > 0 ? iso(ts) : null])
            }
        }
        return out
    }

    /** Files touched by the build's change sets: NoBlame's change size. */
    @NonCPS
    static int changedFiles(def currentBuild) {
        Set<String> paths = new HashSet<String>()
        for (def changeSet : (currentBuild.changeSets ?: [])) {
            for (def entry : (changeSet.items ?: [])) {
                for (def file : (entry.affectedFiles ?: [])) {
                    paths.add(String.valueOf(file.path))
                }
            }
        }
        return paths.size()
    }

    @NonCPS
    static String iso(long epochMillis) {
        return java.time.Instant.ofEpochMilli(epochMillis).toString()
    }
}
