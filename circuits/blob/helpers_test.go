package blob

import "github.com/consensys/gnark-crypto/ecc/bn254/fr"

func zero() fr.Element { return fr.Element{} }
