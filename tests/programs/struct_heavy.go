package main

import "fmt"

type Vec struct {
	X, Y int
}

type Body struct {
	Name string
	Pos  Vec
	Vel  Vec
	Mass int
}

type World struct {
	Bodies [4]Body
	Tick   int
}

func step(w *World) {
	for i := 0; i < 4; i++ {
		b := &w.Bodies[i]
		b.Pos.X += b.Vel.X
		b.Pos.Y += b.Vel.Y
		if b.Pos.X > 10 || b.Pos.X < -10 {
			b.Vel.X = -b.Vel.X
		}
	}
	w.Tick++
}

func totalMass(w World) int {
	t := 0
	for i := 0; i < 4; i++ {
		t += w.Bodies[i].Mass
	}
	return t
}

func main() {
	var w World
	names := [4]string{"a", "b", "c", "d"}
	for i := 0; i < 4; i++ {
		w.Bodies[i] = Body{Name: names[i], Pos: Vec{i, -i}, Vel: Vec{X: i + 2, Y: 1}, Mass: 10 * (i + 1)}
	}
	fmt.Println(w.Bodies[3])
	for k := 0; k < 5; k++ {
		step(&w)
	}
	for i := 0; i < 4; i++ {
		fmt.Println(w.Bodies[i].Name, w.Bodies[i].Pos, w.Bodies[i].Vel)
	}
	fmt.Println("tick", w.Tick, "mass", totalMass(w))

	pw := &w
	pb := &pw.Bodies[2]
	pv := &pb.Vel
	pv.X = 99
	pb.Pos.Y = -42
	pw.Bodies[1].Mass *= 7
	fmt.Println(w.Bodies[2], w.Bodies[1].Mass)

	pp := &pv
	(*pp).Y = 7
	(**pp).X--
	fmt.Println(w.Bodies[2].Vel, *pv)
	fmt.Println(pb)
}
