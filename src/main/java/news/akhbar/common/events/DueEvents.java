package news.akhbar.common.events;

/**
 * Changes that no write announces, because only time makes them (a scheduled article going public): whoever
 * delivers events calls this first, so that they are announced at their time.
 */
public interface DueEvents {

    void release();
}
