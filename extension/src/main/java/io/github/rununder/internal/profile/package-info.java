/**
 * The JDK Flight Recorder around the tasks: where their threads spent the time of the rounds it
 * recorded, the methods its samples found, and virtual threads pinned to their carriers.
 */
package io.github.rununder.internal.profile;
